package io.yordam.conversations;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ChatProperties.class, AdmissionProperties.class })
class ConversationsConfiguration {

}
