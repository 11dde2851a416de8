package org.partnershiphub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Partnership Hub: the system that runs a local Safeguarding Children Partnership.
 * Each direct sub-package is an application module; {@code shared} is the small kernel all of them may use.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@ConfigurationPropertiesScan
@EnableScheduling
public class PartnershipHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(PartnershipHubApplication.class, args);
    }
}
