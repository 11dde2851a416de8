package org.partnershiphub.calendar.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A day the partnership does not work although it is not a bank holiday (e.g. a council closure day). */
@Entity
@Table(name = "local_non_working_day")
public class LocalNonWorkingDay {

    @Id
    @Column(name = "non_working_date")
    private LocalDate day;
    private String reason;

    protected LocalNonWorkingDay() {
    }

    LocalNonWorkingDay(LocalDate day, String reason) {
        this.day = day;
        this.reason = reason;
    }

    public LocalDate getDay() { return day; }
    public String getReason() { return reason; }
}
