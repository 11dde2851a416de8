package org.partnershiphub.audit.internal;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    @Query("select e from AuditEntry e where e.seq > :after order by e.seq")
    List<AuditEntry> findBatchAfter(long after, org.springframework.data.domain.Limit limit);

    @Query("select e from AuditEntry e order by e.seq")
    Stream<AuditEntry> streamAll();
}
