package org.partnershiphub.training.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A dated session of a course. {@code taken} (confirmed places plus places offered to the waiting list) and
 * {@code waitingSeq} are read here but only ever changed by {@link Bookings}' conditional updates, never by JPA, so
 * concurrent bookings cannot overwrite each other.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    public enum Status { SCHEDULED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "course_id")
    private long courseId;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    private String venue;
    @Column(name = "online_link")
    private String onlineLink;
    @Column(updatable = false)
    private int capacity;
    private String facilitator;
    @Column(name = "booking_deadline")
    private LocalDate bookingDeadline;
    @Column(insertable = false, updatable = false)
    private int taken;
    @Column(name = "waiting_seq", insertable = false, updatable = false)
    private int waitingSeq;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;
    @Column(name = "created_at")
    private Instant createdAt;

    protected TrainingSession() {
    }

    TrainingSession(long courseId, Instant startsAt, Instant endsAt, String venue, String onlineLink, int capacity, String facilitator,
                    LocalDate bookingDeadline, Instant createdAt) {
        this.courseId = courseId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.venue = venue;
        this.onlineLink = onlineLink;
        this.capacity = capacity;
        this.facilitator = facilitator;
        this.bookingDeadline = bookingDeadline;
        this.status = Status.SCHEDULED;
        this.createdAt = createdAt;
    }

    public int placesLeft() {
        return Math.max(0, capacity - taken);
    }

    public boolean isFull() {
        return taken >= capacity;
    }

    public boolean isOpenForBooking(LocalDate today) {
        return status == Status.SCHEDULED && !today.isAfter(bookingDeadline);
    }

    public Long getId() { return id; }
    public long getCourseId() { return courseId; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getVenue() { return venue; }
    public String getOnlineLink() { return onlineLink; }
    public int getCapacity() { return capacity; }
    public String getFacilitator() { return facilitator; }
    public LocalDate getBookingDeadline() { return bookingDeadline; }
    public int getTaken() { return taken; }
    public int getWaitingSeq() { return waitingSeq; }
    public Status getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
}
