package org.recoverycollege.reporting.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import java.io.OutputStream;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.recoverycollege.account.control.AuditLog;
import org.recoverycollege.account.entity.UserAccount;
import org.recoverycollege.enrolment.entity.Enrolment;
import org.recoverycollege.enrolment.entity.EnrolmentStatus;
import org.recoverycollege.planning.entity.CourseSession;
import org.recoverycollege.platform.control.Refusal;
import org.recoverycollege.tutoring.entity.Assignment;

/** A printable register for one session (OpenPDF): the people with a place, their needs, and boxes to tick. */
@ApplicationScoped
@Transactional
public class RegisterPdf {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    public void write(@NotBlank String actor, long sessionId, ResourceBundle texts, OutputStream out) {
        CourseSession session = em.find(CourseSession.class, sessionId);
        if (session == null) {
            throw new Refusal("exports.notFound");
        }
        var run = session.getRun();
        List<Enrolment> places = em.createNamedQuery(Enrolment.FIND_BY_RUN_AND_STATUS, Enrolment.class)
                .setParameter("run", run).setParameter("status", EnrolmentStatus.CONFIRMED).getResultList();
        String pair = em.createNamedQuery(Assignment.FIND_LIVE_BY_RUN, Assignment.class).setParameter("run", run)
                .getResultList().stream().map(a -> a.getTutor().getFullName()).collect(Collectors.joining(", "));
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(run.getCourse().getTitle());
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
            Font plain = FontFactory.getFont(FontFactory.HELVETICA, 11);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
            document.add(new Paragraph(texts.getString("pdf.register") + ": " + run.getCourse().getTitle(), title));
            document.add(new Paragraph(texts.getString("runs.sessionNo") + " " + session.getSequenceNo() + " \u2013 "
                    + session.getSessionDate() + " " + session.getStartsAt() + "\u2013" + session.getEndsAt(), plain));
            document.add(new Paragraph(texts.getString("runs.venue") + ": " + run.getVenue().getName()
                    + (session.getRoom() == null ? "" : ", " + session.getRoom().getName()), plain));
            document.add(new Paragraph(texts.getString("pdf.tutors") + ": " + pair, plain));
            document.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(new float[] {4, 4, 1.2f, 1.2f, 1.4f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String heading : List.of("exports.col.name", "exports.col.needs", "pdf.present", "pdf.absent", "pdf.apologies")) {
                table.addCell(new PdfPCell(new Phrase(texts.getString(heading), bold)));
            }
            for (Enrolment e : places) {
                var student = e.getStudent();
                String name = student.getAccount().getDisplayName();
                table.addCell(new Phrase(UserAccount.isClosedName(name) ? texts.getString("account.closedName") : name, plain));
                String needs = student.getSupportNeeds().stream().map(n -> texts.getString("SupportNeed." + n))
                        .sorted().collect(Collectors.joining(", "));
                table.addCell(new Phrase(student.getOtherNeeds() == null ? needs : needs + " " + student.getOtherNeeds(), plain));
                for (int box = 0; box < 3; box++) {
                    PdfPCell cell = new PdfPCell(new Phrase("\u25a1", plain));
                    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                    table.addCell(cell);
                }
            }
            document.add(table);
            if (places.isEmpty()) {
                document.add(new Paragraph(texts.getString("runs.nobody"), plain));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("The register could not be written", e);
        } finally {
            document.close();
        }
        audit.recorded(actor, Exports.EXPORT, "CourseSession", sessionId);
    }
}
