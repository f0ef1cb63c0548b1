/**
 * The shared kernel: value types and the error contract every module's HTTP edge speaks.
 * Kept deliberately small; anything with business behaviour belongs in a business module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
		displayName = "Common")
package io.yordam.common;
