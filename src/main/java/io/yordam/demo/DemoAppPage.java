package io.yordam.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The delivery service's mobile app, played in the browser: a customer's orders with
 * their live status and the support chat widget, as a real app would embed it.
 */
@Controller
@ConditionalOnProperty(name = "yordam.demo.enabled", havingValue = "true")
class DemoAppPage {

	@GetMapping("/demo/app")
	String app() {
		return "demo/app";
	}

}
