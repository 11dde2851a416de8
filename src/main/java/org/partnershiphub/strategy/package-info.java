/**
 * Strategy and the business plan. This first slice holds the plan's actions that other work proposes (a review's
 * recommendations, later audits, inspections and scrutiny requests) through {@link org.partnershiphub.strategy.ActionProposed}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Strategy and business plan")
package org.partnershiphub.strategy;
