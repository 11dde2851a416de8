/**
 * The public site's pages the business unit writes: the published safeguarding arrangements, news, learning briefs
 * and published practice reviews, each drafted, published and redrafted with a history of every change, with
 * attachments. Other modules (the public home page, the newsletter) read what is published through
 * {@link org.partnershiphub.site.PublishedPages}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public site pages")
package org.partnershiphub.site;
