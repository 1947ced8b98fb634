#!/usr/bin/env bash
# The jar's shipped consumer rules, proven: scripts/lib/proguard-check/ShrunkApp.java is shrunk and
# obfuscated with ProGuard (com.guardsquare:proguard-base from Maven Central) together with the
# library and its runtime dependencies, keeping nothing but the app's main and the rules every input
# jar ships in META-INF/proguard/ (what R8 reads on Android). The shrunk app must then design a
# voice, save the candidate and clone a voice against its own loopback server.
# Run by scripts/test after `mvn install`; on its own: `mvn package -DskipTests && scripts/lib/proguard-check.sh`.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
work=target/proguard-check
proguard_version=7.7.0
rm -rf "$work" && mkdir -p "$work/classes" "$work/rules" "$work/tool"

jar=$root/$(ls target/fish-audio-client-*.jar | grep -v -e '-sources' -e '-javadoc' | head -n 1)
mvn -B -q -Dstyle.color=never dependency:build-classpath -DincludeScope=runtime \
  -Dmdep.outputFile="$root/$work/runtime.classpath" >/dev/null
cat > "$work/tool/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId><artifactId>proguard-tool</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>com.guardsquare</groupId><artifactId>proguard-base</artifactId><version>$proguard_version</version></dependency>
  </dependencies>
  <build><plugins><plugin><artifactId>maven-dependency-plugin</artifactId><version>3.9.0</version></plugin></plugins></build>
</project>
POM
(cd "$work/tool" && mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=proguard.classpath >/dev/null)

runtime="$jar:$(cat "$work/runtime.classpath")"
javac --release 8 -nowarn -cp "$runtime" -d "$work/classes" scripts/lib/proguard-check/ShrunkApp.java
jar --create --file "$work/app.jar" -C "$work/classes" .

# Every rules file the input jars ship, as R8 would apply them.
config="$work/proguard.pro"
: > "$config"
IFS=: read -r -a inputs <<< "$runtime"
for input in "${inputs[@]}"; do
  for rule in $(unzip -Z1 "$input" 2>/dev/null | grep '^META-INF/proguard/.*\.pro$' || true); do
    out="$work/rules/$(basename "$input" .jar)-$(basename "$rule")"
    unzip -p "$input" "$rule" > "$out"
    echo "-include $root/$out" >> "$config"
  done
  echo "-injars $input(!META-INF/**,!module-info.class)" >> "$config"
done
ls "$work/rules" | grep -q '^fish-audio-client-.*fish-audio-client.pro$' \
  || { echo "proguard-check: FAILED: $jar ships no META-INF/proguard/fish-audio-client.pro" >&2; exit 1; }
jmods="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}/jmods"
cat >> "$config" <<PRO
-injars $root/$work/app.jar
-outjars $root/$work/shrunk.jar
-libraryjars $jmods/java.base.jmod(!**.jar;!module-info.class)
-libraryjars $jmods/java.logging.jmod(!**.jar;!module-info.class)
-libraryjars $jmods/jdk.httpserver.jmod(!**.jar;!module-info.class)
# The app's own and only keep.
-keep public class ShrunkApp { public static void main(java.lang.String[]); }
# Environment, not keep rules: classes the dependencies reference only on platforms absent here.
-dontwarn java.lang.invoke.**
-dontwarn android.**
# Kotlin's compile-time nullness annotations, kept out of the runtime classpath on purpose.
-dontwarn org.jetbrains.annotations.**
-dontnote
# Shrinking and obfuscation are what the rules are for. ProGuard's optimizer (not R8's) emits okio
# bytecode that fails verification (VerifyError: Bad return type in okio.Okio), so it stays off.
-dontoptimize
PRO
java -cp "$(cat "$work/tool/proguard.classpath")" proguard.ProGuard @"$config" > "$work/proguard.log" 2>&1 \
  || { cat "$work/proguard.log"; echo "proguard-check: FAILED: ProGuard did not shrink the app" >&2; exit 1; }

kept=$(unzip -Z1 "$work/shrunk.jar" | grep -c '\.class$')
all=$(for input in "${inputs[@]}"; do unzip -Z1 "$input" | grep '\.class$'; done | wc -l)
java -cp "$work/shrunk.jar" ShrunkApp > "$work/run.log" 2>&1 \
  || { cat "$work/run.log"; echo "proguard-check: FAILED: the shrunk app failed with only the shipped rules" >&2; exit 1; }
cat "$work/run.log"
echo "proguard-check: shrunk app ($kept of $all classes kept, obfuscated, only the shipped rules) designed, saved and cloned"
