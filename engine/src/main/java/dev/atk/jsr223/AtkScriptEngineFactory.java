package dev.atk.jsr223;

import dev.atk.api.Session;
import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/** Registers ATK with {@code javax.script}: {@code new ScriptEngineManager().getEngineByName("atk")}. */
public final class AtkScriptEngineFactory implements ScriptEngineFactory {

    @Override
    public String getEngineName() {
        return "ATK";
    }

    @Override
    public String getEngineVersion() {
        return Session.VERSION;
    }

    @Override
    public List<String> getExtensions() {
        return List.of("atk");
    }

    @Override
    public List<String> getMimeTypes() {
        return List.of("text/x-atk");
    }

    @Override
    public List<String> getNames() {
        return List.of("atk", "ATK");
    }

    @Override
    public String getLanguageName() {
        return "ATK";
    }

    @Override
    public String getLanguageVersion() {
        return "1";
    }

    @Override
    public Object getParameter(String key) {
        return switch (key) {
            case ScriptEngine.ENGINE -> getEngineName();
            case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
            case ScriptEngine.NAME -> "atk";
            case ScriptEngine.LANGUAGE -> getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
            default -> null;
        };
    }

    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return obj + "." + m + "(" + String.join(", ", args) + ")";
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        return "print \"" + toDisplay.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public String getProgram(String... statements) {
        return String.join("\n", statements);
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new AtkScriptEngine(this);
    }
}
