/**
 * Identity and access: organisations, people and their accounts, roles and group membership, invitations,
 * sign-in (with throttling and session rules) and the permission service every module calls.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package org.partnershiphub.identity;
