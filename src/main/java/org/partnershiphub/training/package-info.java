/**
 * Learning and development: the training catalogue, dated sessions, public calendar pages and feeds, bookings with a
 * waiting list that offers freed places in turn, cancellation charges to the home agency, and the coordinator's view.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Learning and development")
package org.partnershiphub.training;
