/**
 * What every feature shares: the base entity, college settings, schema migration at start-up, the clock,
 * internationalisation, error handling, Criteria paging and the audit log (administrators' access to and
 * changes of personal data are written to it). It names no other feature. Flyway's SQL migrations are the only source of the schema.
 */
package org.recoverycollege.platform;
