/**
 * The shared kernel: the partnership's roles, the signed-in person as every module sees them,
 * the record-protection contract the permission service judges, and web plumbing every module uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.partnershiphub.shared;
