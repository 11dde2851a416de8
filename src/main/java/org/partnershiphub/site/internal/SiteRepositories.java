package org.partnershiphub.site.internal;

import java.util.List;
import java.util.Optional;

import org.partnershiphub.site.PublishedPages.Section;
import org.springframework.data.jpa.repository.JpaRepository;

interface SitePageRepository extends JpaRepository<SitePage, Long> {

    List<SitePage> findAllByOrderBySectionAscUpdatedAtDesc();

    Optional<SitePage> findBySectionAndSlug(Section section, String slug);

    boolean existsBySectionAndSlug(Section section, String slug);
}

interface SitePageRevisionRepository extends JpaRepository<SitePageRevision, Long> {

    Optional<SitePageRevision> findByPageIdAndNumber(long pageId, int number);

    List<SitePageRevision> findByPageIdOrderByNumberDesc(long pageId);
}

interface SitePageChangeRepository extends JpaRepository<SitePageChange, Long> {

    List<SitePageChange> findByPageIdOrderByIdDesc(long pageId);
}

interface SiteAttachmentRepository extends JpaRepository<SiteAttachment, Long> {

    List<SiteAttachment> findByPageIdOrderByIdAsc(long pageId);
}
