/**
 * The quarterly multi-agency performance scorecard: indicators owned by agencies and grouped under the partnership's
 * priorities, each quarter's figure entered by the owning agency's safeguarding lead and signed off (then locked) by the
 * business unit, RAG from target and tolerance with the indicator's polarity, direction of travel, benchmarks, trend
 * charts with their tables and a spreadsheet export. Agencies see and enter only their own indicators; the business
 * unit, the Executive, lead partners, the independent scrutineer and subgroup members read across agencies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Performance scorecard")
package org.partnershiphub.scorecard;
