/**
 * The stack's floor: the least application on the same stack as the college's (Faces with PrimeFaces and
 * OmniFaces, a JPA entity, Soteria's database identity store, a readiness check, a distributable session, the
 * same data source). The benchmark times its start beside the application's, so that a reader can tell what the
 * stack costs any application before the college's own classes and libraries add to it.
 */
package org.recoverycollege.performance.floor;
