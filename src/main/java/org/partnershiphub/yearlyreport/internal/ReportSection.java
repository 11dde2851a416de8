package org.partnershiphub.yearlyreport.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.partnershiphub.shared.YearlyFigures;

/** One section's narrative in a yearly report, as the business unit (or, for scrutiny, the scrutineer) wrote it. */
@Entity
@Table(name = "yearly_report_section")
public class ReportSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private YearlyReport report;
    @Enumerated(EnumType.STRING)
    private YearlyFigures.Section section;
    private String narrative;
    @Column(name = "updated_by")
    private Long updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected ReportSection() {
    }

    ReportSection(YearlyReport report, YearlyFigures.Section section) {
        this.report = report;
        this.section = section;
    }

    void write(String text, long by, Instant now) {
        this.narrative = text == null || text.isBlank() ? null : text.strip().replace("\r\n", "\n");
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public boolean written() {
        return narrative != null && !narrative.isBlank();
    }

    /** The narrative as paragraphs (a blank line starts a new one), for the page and the PDF. */
    public List<String> paragraphs() {
        return narrative == null ? List.of() : Arrays.stream(narrative.split("\n\\s*\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    public YearlyFigures.Section getSection() {
        return section;
    }

    public String getNarrative() {
        return narrative;
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
