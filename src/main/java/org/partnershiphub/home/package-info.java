/** The front door: public landing and statement pages, and each signed-in person's dashboard. */
@org.springframework.modulith.ApplicationModule(displayName = "Home and dashboards")
package org.partnershiphub.home;
