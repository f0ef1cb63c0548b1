/**
 * The built-in demo delivery platform: a simulated service in six cities whose orders
 * move through their life cycle, whose customers write to support, and whose webhook
 * takes support's actions. It talks to Yordam only over the real signed HTTP contract, on
 * when {@code yordam.demo.enabled=true}; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo platform")
package io.yordam.demo;
