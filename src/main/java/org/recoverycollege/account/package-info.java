/**
 * User accounts, sign-in, roles, password resets and languages. E-mail addresses are stored in lower case,
 * and only hashes of passwords and reset tokens are kept.
 */
package org.recoverycollege.account;
