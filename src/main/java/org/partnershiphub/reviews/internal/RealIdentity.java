package org.partnershiphub.reviews.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A child's real name and date of birth, and who recorded them when: the part of an identity record that is restricted. */
@Embeddable
public class RealIdentity {

    @Column(name = "full_name")
    private String fullName;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    @Column(name = "recorded_by")
    private Long recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected RealIdentity() {
    }

    RealIdentity(String fullName, LocalDate dateOfBirth, long recordedBy, Instant recordedAt) {
        this.fullName = fullName;
        this.dateOfBirth = dateOfBirth;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String getFullName() { return fullName; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
}
