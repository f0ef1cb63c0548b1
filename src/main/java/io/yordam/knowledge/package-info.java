/**
 * The knowledge base: articles and FAQ entries in Russian, Uzbek and English, with
 * categories, drafts, publication and history, searched across word forms, scripts and
 * typos; what the widget's FAQ, the agents' suggestions and the bot read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge base",
		allowedDependencies = { "common", "access" })
package io.yordam.knowledge;
