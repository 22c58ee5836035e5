/**
 * What every feature shares: the base entity, college settings, schema migration at start-up, the clock,
 * internationalisation and error handling. Flyway's SQL migrations are the only source of the schema.
 */
package org.recoverycollege.platform;
