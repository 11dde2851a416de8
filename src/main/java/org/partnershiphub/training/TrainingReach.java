package org.partnershiphub.training;

/** What other modules may read of the training programme's reach. */
public interface TrainingReach {

    /** Places an agency's people filled (confirmed bookings) and how many attended, in sessions of the year. */
    record AgencyReach(int year, int filled, int attended) {
        public String label() {
            return year + "-" + String.format("%02d", (year + 1) % 100);
        }
    }

    /** The agency's reach in the financial year (April to March) that starts in {@code year}. */
    AgencyReach forAgency(long agencyId, int year);
}
