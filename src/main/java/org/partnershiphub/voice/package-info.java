/**
 * The voice of children, young people, families and practitioners: what they told the partnership (heard from whom,
 * where, when, its theme) and what the partnership did about it, linked to the plan action, decision or learning that
 * records it. The business unit keeps the records; the pairs it publishes, in plain words, make the public
 * "you said, we did" page, and the yearly report counts what was heard and answered.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Voice of children and practitioners")
package org.partnershiphub.voice;
