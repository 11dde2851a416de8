package org.partnershiphub.files.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much an upload may hold (application.yml under {@code hub.uploads}): its own size, and for Office files (zip
 * archives) how much they may unpack to and how many entries they may have.
 */
@ConfigurationProperties("hub.uploads")
record UploadLimits(@DefaultValue("10MB") DataSize maxBytes,
                    @DefaultValue("100MB") DataSize maxUnpackedBytes,
                    @DefaultValue("10000") int maxEntries) {
}
