package io.yordam.observability;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import io.yordam.common.LogContext;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Every event listener whose event carries a conversation, ticket or order id runs with
 * those ids in the log context: on its own thread after the commit, on a redelivery from
 * the registry, or in the publisher's transaction alike, without touching the listener.
 * The async executors also carry the publisher's ids over ({@code EventExecution}); the
 * event's own ids come on top. Listener ids stored in the registry are unchanged: they
 * name the target class's method, not the proxy's.
 */
@Configuration(proxyBeanMethods = false)
class ListenerLogContext {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor listenerLogContextAdvisor() {
		return new DefaultPointcutAdvisor(new Listeners(), new Interceptor());
	}

	/** Listener methods of a class that can be proxied, taking an event with ids. */
	static final class Listeners extends StaticMethodMatcherPointcut {

		Listeners() {
			setClassFilter(Listeners::proxiable);
		}

		/**
		 * Ours, not final, and no private listener (a proxy could not call it: Spring
		 * refuses to start).
		 */
		static boolean proxiable(Class<?> type) {
			if (Modifier.isFinal(type.getModifiers()) || !type.getName().startsWith("io.yordam.")) {
				return false;
			}
			for (Method method : type.getDeclaredMethods()) {
				if (Modifier.isPrivate(method.getModifiers())
						&& AnnotatedElementUtils.hasAnnotation(method, EventListener.class)) {
					return false;
				}
			}
			return true;
		}

		@Override
		public boolean matches(Method method, Class<?> targetClass) {
			Method specific = AopUtils.getMostSpecificMethod(method, targetClass);
			return !Modifier.isPrivate(specific.getModifiers()) && specific.getParameterCount() == 1
					&& AnnotatedElementUtils.hasAnnotation(specific, EventListener.class)
					&& EventIds.of(specific.getParameterTypes()[0]).any();
		}

	}

	static final class Interceptor implements MethodInterceptor {

		@Override
		public Object invoke(MethodInvocation invocation) throws Throwable {
			Object event = invocation.getArguments()[0];
			if (event == null) {
				return invocation.proceed();
			}
			try (LogContext.Scope ids = EventIds.of(event.getClass()).enter(event)) {
				return invocation.proceed();
			}
		}

	}

}
