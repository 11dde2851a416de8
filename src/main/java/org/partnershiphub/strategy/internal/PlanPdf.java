package org.partnershiphub.strategy.internal;

import java.util.HashMap;
import java.util.Map;

import org.partnershiphub.identity.Directory;
import org.partnershiphub.shared.pdf.PdfDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The plan as a PDF that reads like the document partnerships publish: rendered from a Thymeleaf template with the
 * partnership's name, an embedded font and tagged for accessibility (PDF/UA), by {@link PdfDocuments}.
 */
@Service
public class PlanPdf {

    private final PdfDocuments pdf;
    private final Directory directory;
    private final BusinessPlans plans;
    private final String partnership;

    PlanPdf(PdfDocuments pdf, Directory directory, BusinessPlans plans, @Value("${hub.partnership-name}") String partnership) {
        this.pdf = pdf;
        this.directory = directory;
        this.plans = plans;
        this.partnership = partnership;
    }

    public byte[] render(BusinessPlans.PlanDocument doc) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("doc", doc);
        variables.put("partnership", partnership);
        variables.put("names", new LeadNames(directory));
        variables.put("today", plans.today());
        return pdf.render("strategy/_plan-pdf", "/pdf/plan.css", variables);
    }
}
