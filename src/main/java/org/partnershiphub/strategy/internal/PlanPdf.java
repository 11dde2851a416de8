package org.partnershiphub.strategy.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.partnershiphub.identity.Directory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The plan as a PDF that reads like the document partnerships publish: rendered from a Thymeleaf template with the
 * partnership's name, an embedded font (DejaVu Sans, shipped in the jar) and tagged for accessibility (PDF/UA).
 */
@Service
public class PlanPdf {

    private static final String CSS = stylesheet();

    private final ITemplateEngine templates;
    private final Directory directory;
    private final BusinessPlans plans;
    private final String partnership;

    PlanPdf(ITemplateEngine templates, Directory directory, BusinessPlans plans, @Value("${hub.partnership-name}") String partnership) {
        this.templates = templates;
        this.directory = directory;
        this.plans = plans;
        this.partnership = partnership;
    }

    private static String stylesheet() {
        try (var in = PlanPdf.class.getResourceAsStream("/pdf/plan.css")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("pdf/plan.css is missing from the build", e);
        }
    }

    public byte[] render(BusinessPlans.PlanDocument doc) {
        Context context = new Context(Locale.UK);
        context.setVariable("doc", doc);
        context.setVariable("partnership", partnership);
        context.setVariable("names", new LeadNames(directory));
        context.setVariable("today", plans.today());
        context.setVariable("css", CSS);
        String html = templates.process("strategy/_plan-pdf", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFont(() -> PlanPdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans", 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> PlanPdf.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.usePdfUaAccessibility(true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
