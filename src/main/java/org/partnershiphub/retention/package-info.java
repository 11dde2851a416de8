/**
 * Retention: a configurable period per record type, a daily job that deletes or anonymises what has passed it
 * (legal holds respected by each module's rule), and the administrator's page to set the periods.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retention")
package org.partnershiphub.retention;
