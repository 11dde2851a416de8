package org.partnershiphub.diary.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DiaryDateRepository extends JpaRepository<DiaryDate, Long> {

    List<DiaryDate> findByEndsOnGreaterThanEqualAndStartsOnLessThanEqualOrderByStartsOnAscIdAsc(LocalDate from, LocalDate to);

    List<DiaryDate> findTop50ByEndsOnLessThanOrderByStartsOnDesc(LocalDate before);
}
