package org.partnershiphub.selfassessment.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReturnRepository extends JpaRepository<AgencyReturn, Long> {

    List<AgencyReturn> findByCycleId(long cycleId);

    List<AgencyReturn> findByCycleIdIn(Collection<Long> cycleIds);

    List<AgencyReturn> findByAgencyId(long agencyId);

    Optional<AgencyReturn> findByCycleIdAndAgencyId(long cycleId, long agencyId);

    /** The agency's return of the latest cycle that opened before the given day: where a new return starts from. */
    @Query("select r from AgencyReturn r, Cycle c where c.id = r.cycleId and r.agencyId = :agencyId and c.opensOn < :before "
            + "order by c.opensOn desc, c.id desc")
    List<AgencyReturn> earlier(long agencyId, java.time.LocalDate before);
}
