/**
 * User accounts, sign-in, roles, password resets, personal data export and erasure, and the audit trail.
 * E-mail addresses are stored in lower case, only hashes of passwords and reset tokens are kept, and
 * administrators' access to and changes of personal data are written to the audit trail.
 */
package org.recoverycollege.account;
