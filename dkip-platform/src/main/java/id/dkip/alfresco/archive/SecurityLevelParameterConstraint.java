package id.dkip.alfresco.archive;

import id.dkip.core.legal.SecurityLevel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.action.ParameterConstraint;
import org.springframework.beans.factory.BeanNameAware;
import org.springframework.extensions.surf.util.I18NUtil;

/**
 * Parameter constraint {@code dkip-ac-tingkat-keamanan}: the four SKKAAD security levels, so Share's rule editor
 * shows parameter {@code tingkat-keamanan} of {@code dkip-arsipkan} as a list instead of free text. Values are the
 * content model's values of dkip:tingkatKeamanan ({@link SecurityLevel#modelValue()}), labels come from the
 * dkip-actions bundle ({@code dkip-ac-tingkat-keamanan.<level in lower case>}) in the user's language, Indonesian by
 * default.
 *
 * <p>Declared with Alfresco's {@code parent="action-constraint"}, which injects {@code actionService} (the
 * repository's ActionServiceImpl) and calls {@link #init()}. Registration goes through that service's
 * {@code registerParameterConstraint(ParameterConstraint)} (RuntimeActionService, what Alfresco's own
 * BaseParameterConstraint calls); RuntimeActionService is not part of the API this module compiles against, so the
 * method is looked up by name, and a service without it stops start-up rather than leaving the list silently missing.
 */
public class SecurityLevelParameterConstraint implements ParameterConstraint, BeanNameAware {

    public static final String NAME = "dkip-ac-tingkat-keamanan";
    static final String BUNDLE = "alfresco.module.dkip-platform.messages.dkip-actions";

    private String name = NAME;
    private Object actionService;

    @Override
    public void setBeanName(String beanName) {
        this.name = beanName;
    }

    /** Alfresco's actionService (ActionServiceImpl, also a RuntimeActionService), set by parent action-constraint. */
    public void setActionService(ActionService actionService) {
        this.actionService = actionService;
    }

    /**
     * Set by parent action-constraint; the labels follow the user's language, so they are never cached whatever the
     * value.
     */
    public void setCacheAllowableValues(boolean cache) {
        // labels are per request locale: always computed (four entries)
    }

    /** Registers this constraint with the action service (init-method of parent action-constraint). */
    public void init() {
        if (actionService == null) {
            throw new IllegalStateException(name + ": property actionService is required (parent action-constraint)");
        }
        try {
            Method register = actionService.getClass().getMethod("registerParameterConstraint", ParameterConstraint.class);
            register.invoke(actionService, this);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException(name + ": the actionService bean (" + actionService.getClass().getName()
                    + ") cannot register parameter constraints", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(name + ": registration failed", e.getCause());
        }
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isValidValue(String value) {
        return getAllowableValues().containsKey(value);
    }

    @Override
    public String getValueDisplayLabel(String value) {
        return getAllowableValues().get(value);
    }

    /** Model value to label, in the order of the levels (Biasa/Terbuka first). */
    @Override
    public Map<String, String> getAllowableValues() {
        return allowableValues(I18NUtil.getLocale());
    }

    Map<String, String> allowableValues(Locale locale) {
        ResourceBundle labels = bundle(locale);
        Map<String, String> values = new LinkedHashMap<>();
        for (SecurityLevel level : SecurityLevel.values()) {
            String key = NAME + "." + level.name().toLowerCase(Locale.ROOT);
            values.put(level.modelValue(), labels != null && labels.containsKey(key) ? labels.getString(key) : level.modelValue());
        }
        return Collections.unmodifiableMap(values);
    }

    private static ResourceBundle bundle(Locale locale) {
        try {
            // no fallback to the JVM's default locale: a language without its own file gets the Indonesian default
            return ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ROOT : locale,
                    SecurityLevelParameterConstraint.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
