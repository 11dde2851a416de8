package org.partnershiphub.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Documents as PDFs people keep and publish: a Thymeleaf template rendered with an embedded font (DejaVu Sans, shipped
 * in the jar) and tagged for accessibility (PDF/UA). The stylesheet is one of ours from the classpath, never user input;
 * the template gets it as {@code css}. Values a person typed reach the PDF escaped, as on a page.
 */
@Service
public class PdfDocuments {

    private final ITemplateEngine templates;
    private final Map<String, String> stylesheets = new ConcurrentHashMap<>();

    PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** Renders the template with these variables (and {@code css}, the stylesheet at this classpath location). */
    public byte[] render(String template, String stylesheet, Map<String, ?> variables) {
        Context context = new Context(Locale.UK);
        variables.forEach(context::setVariable);
        context.setVariable("css", stylesheets.computeIfAbsent(stylesheet, PdfDocuments::read));
        String html = templates.process(template, context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFont(() -> PdfDocuments.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans", 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> PdfDocuments.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
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

    private static String read(String location) {
        try (InputStream in = PdfDocuments.class.getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException(location + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
