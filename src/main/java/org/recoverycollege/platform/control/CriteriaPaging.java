package org.recoverycollege.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.List;
import java.util.Objects;

/**
 * A table read a page at a time with the Criteria API. The count and the page share the filters;
 * a subclass says which rows match ({@link #filters}), what a page selects and how it is sorted
 * ({@link #shape}), and turns the page's results into rows ({@link #rows}, where per-page figures can be
 * read with grouped queries). Joins made through {@link #joined} are shared by the filters and the page.
 *
 * @param <E> the entity the table is rooted at
 * @param <Q> what the page query selects (the entity, or {@code Object[]})
 * @param <R> a row of the table
 */
public abstract class CriteriaPaging<E, Q, R> implements PagedQuery<R> {

    @PersistenceContext
    protected EntityManager em;

    private final Class<E> rootType;
    private final Class<Q> resultType;

    /** For CDI's client proxies only (a proxy reads nothing itself: it forwards to the real bean). */
    protected CriteriaPaging() {
        this.rootType = null;
        this.resultType = null;
    }

    protected CriteriaPaging(Class<E> rootType, Class<Q> resultType) {
        this.rootType = Objects.requireNonNull(rootType);
        this.resultType = Objects.requireNonNull(resultType);
    }

    @Override
    public long count(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<E> root = query.from(rootType);
        return em.createQuery(query.select(cb.count(root)).where(filters(cb, root, request))).getSingleResult();
    }

    @Override
    public List<R> page(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Q> query = cb.createQuery(resultType);
        Root<E> root = query.from(rootType);
        query.where(filters(cb, root, request));
        shape(cb, query, root, request);
        List<Q> results = em.createQuery(query).setFirstResult(request.first()).setMaxResults(request.size())
                .getResultList();
        return results.isEmpty() ? List.of() : rows(results);
    }

    /** The conditions a row must meet. */
    protected abstract Predicate[] filters(CriteriaBuilder cb, Root<E> root, PageRequest request);

    /** Sets the page query's selection and order. */
    protected abstract void shape(CriteriaBuilder cb, CriteriaQuery<Q> query, Root<E> root, PageRequest request);

    /** The table rows of one non-empty page of results. */
    protected abstract List<R> rows(List<Q> results);

    /** The inner join along {@code attribute}, made once per query however often it is asked for. */
    @SuppressWarnings("unchecked")
    protected static <X, Y> Join<X, Y> joined(From<?, X> from, SingularAttribute<? super X, Y> attribute) {
        return from.getJoins().stream()
                .filter(join -> join.getAttribute().equals(attribute) && join.getJoinType() == JoinType.INNER)
                .map(join -> (Join<X, Y>) join)
                .findFirst()
                .orElseGet(() -> from.join(attribute));
    }
}
