package org.partnershiphub.training.internal;

import java.time.LocalDate;
import java.util.Map;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.pdf.PdfDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of attendance: open to the person once the register shows they attended (on time, late or leaving
 * early), as a page and as a PDF with their name, their agency, the course, the date, the length and the partnership.
 */
@Service
public class Certificates {

    /** What a certificate says. The reference lets the business unit find the booking it was issued for. */
    public record Certificate(String reference, String person, String agency, String course, LocalDate date, Integer durationMinutes,
                              String facilitator, String partnership, String attendance) {
    }

    private final Bookings bookings;
    private final TrainingCatalogue catalogue;
    private final Directory directory;
    private final PdfDocuments pdf;
    private final AuditTrail audit;
    private final String partnership;

    Certificates(Bookings bookings, TrainingCatalogue catalogue, Directory directory, PdfDocuments pdf, AuditTrail audit,
                 @Value("${hub.partnership-name}") String partnership) {
        this.bookings = bookings;
        this.catalogue = catalogue;
        this.directory = directory;
        this.pdf = pdf;
        this.audit = audit;
        this.partnership = partnership;
    }

    /** Whether this booking has a certificate: the person was marked present on the register. */
    public static boolean issued(Booking booking) {
        return booking.getStatus() == Booking.Status.CONFIRMED && booking.getAttendance() != null
                && Attendance.Mark.valueOf(booking.getAttendance()).present();
    }

    /**
     * The person's certificate for their own booking.
     *
     * @throws BookingRefused when the register does not show them as attending
     */
    @Transactional(readOnly = true)
    public Certificate of(long personId, long bookingId) {
        Booking booking = bookings.own(bookingId, personId);
        if (!issued(booking)) {
            throw new BookingRefused("notAttended");
        }
        TrainingSession session = catalogue.session(booking.getSessionId());
        Course course = catalogue.course(session.getCourseId());
        String person = directory.person(personId).map(Directory.Person::name).orElse("");
        String agency = directory.agency(booking.getAgencyId()).map(Directory.Agency::name).orElse("");
        return new Certificate("TRN-" + booking.getId(), person, agency, course.getTitle(),
                LocalDate.ofInstant(session.getStartsAt(), Bookings.LONDON), course.getDurationMinutes(), session.getFacilitator(), partnership,
                booking.getAttendance());
    }

    /** The certificate as a tagged PDF; each download is in the audit trail. */
    @Transactional
    public byte[] pdf(long personId, long bookingId) {
        Certificate certificate = of(personId, bookingId);
        audit.record(AuditEvent.of(AuditAction.EXPORT, "TrainingBooking", bookingId).withDetail("certificate PDF"));
        return pdf.render("training/_certificate-pdf", "/pdf/certificate.css", Map.of("certificate", certificate));
    }
}
