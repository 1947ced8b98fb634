package fishaudio.client.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/** Marks a contract test class: it runs against the shared Prism mock of the spec under test. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({PrismExtension.class, PrismViolationsOnFailure.class, ExchangeChecks.class})
@interface PrismContract {}
