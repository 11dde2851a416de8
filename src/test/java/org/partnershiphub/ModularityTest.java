package org.partnershiphub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries are verified (no cycles, no reaching into another module's internals) and drawn in docs/. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(PartnershipHubApplication.class);

    @Test
    void moduleBoundariesHold() {
        MODULES.verify();
    }

    @Test
    void theModulesAreTheOnesWeDeclared() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .contains("audit", "identity", "home", "shared");
    }

    @Test
    void writeModuleDiagrams() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
