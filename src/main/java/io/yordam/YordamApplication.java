package io.yordam;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class YordamApplication {

	public static void main(String[] args) {
		SpringApplication.run(YordamApplication.class, args);
	}

}
