package org.partnershiphub.calendar.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LocalNonWorkingDayRepository extends JpaRepository<LocalNonWorkingDay, LocalDate> {

    List<LocalNonWorkingDay> findAllByOrderByDayAsc();
}
