package io.yordam;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(sharedModules = "common")
public class YordamApplication {

	public static void main(String[] args) {
		SpringApplication.run(YordamApplication.class, args);
	}

}
