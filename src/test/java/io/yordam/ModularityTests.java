package io.yordam;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The module structure is verified on every build, and documented into docs/modules. */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(YordamApplication.class);

	@Test
	void verifiesModularStructure() {
		modules.verify();
	}

	@Test
	void hasTheModulesTheDesignNames() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString())).contains("orders", "conversations",
				"tickets", "customers", "access", "realtime", "common");
	}

	@Test
	void writesDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
