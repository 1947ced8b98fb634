#!/usr/bin/env bash
# Proves the jar's shipped shrinking rules (META-INF/proguard/fish-audio-client.pro): after `mvn
# install`, a small app (proguard-check/App.java) is shrunk and obfuscated by ProGuard with the rules
# its jars ship and nothing of its own but its main class, then run against MockWebServer in another
# JVM: design, save and clone must work. Run by scripts/test.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=scripts/lib/proguard-check
work="$PWD/target/proguard-check"
rm -rf "$work" && mkdir -p "$work/app" "$work/server" "$work/proguard" "$work/rules" "$work/classes" "$work/out"

strip() { sed 's/\x1b\[[0-9;]*m//g'; }
field() { mvn -B -q -Dstyle.color=never help:evaluate -Dexpression="$1" -DforceStdout | strip; }
gav="$(field project.groupId):$(field project.artifactId):$(field project.version)"

# One tiny project a classpath: the app's (the library as a consumer gets it), the server's, ProGuard's.
classpath() { # dir group:artifact:version
  IFS=: read -r g a v <<<"$2"
  cat > "$work/$1/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId><artifactId>$1</artifactId><version>1</version>
  <dependencies><dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version></dependency></dependencies>
  <build><plugins><plugin><artifactId>maven-dependency-plugin</artifactId><version>3.9.0</version></plugin></plugins></build>
</project>
POM
  (cd "$work/$1" && mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=cp.txt >/dev/null)
  cat "$work/$1/cp.txt"
}
app_cp=$(classpath app "$gav")
server_cp=$(classpath server com.squareup.okhttp3:mockwebserver:4.12.0)
proguard_cp=$(classpath proguard com.guardsquare:proguard-base:7.7.0)

javac --release 8 -nowarn -cp "$app_cp" -d "$work/classes" "$here/App.java"
jar cf "$work/app.jar" -C "$work/classes" .

# The configuration: every jar of the app as program input, the rules each jar ships, and the
# app's own entry point. Nothing else.
java_home=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')
config="$work/proguard.pro"
{
  echo "-injars $work/app.jar"
  IFS=: read -r -a jars <<<"$app_cp"
  for jar in "${jars[@]}"; do
    echo "-injars $jar(!META-INF/versions/**,!module-info.class)"
    for rule in $(unzip -Z1 "$jar" 'META-INF/proguard/*.pro' 2>/dev/null || true); do
      name="$work/rules/$(basename "$jar" .jar)-$(basename "$rule")"
      unzip -p "$jar" "$rule" > "$name"
      echo "-include $name"
    done
  done
  echo "-outjars $work/shrunk.jar"
  for module in java.base java.logging; do
    echo "-libraryjars $java_home/jmods/$module.jmod(!**.jar;!module-info.class)"
  done
  echo "-keep public class App { public static void main(java.lang.String[]); }"
  # This app runs on the JVM, where the Android classes OkHttp probes for do not exist.
  echo "-dontwarn android.**"
  # Shrinking and obfuscation decide what the rules must keep; ProGuard's optimizer, which Android's
  # R8 replaces, miscompiles Okio here (VerifyError: Bad return type in okio.Okio.source).
  echo "-dontoptimize"
  echo "-printmapping $work/mapping.txt"
} > "$config"

java -cp "$proguard_cp" proguard.ProGuard @"$config" > "$work/proguard.log" 2>&1 \
  || { tail -n 40 "$work/proguard.log"; echo "proguard-check: FAILED: ProGuard did not shrink the app" >&2; exit 1; }

java -cp "$server_cp" "$here/Server.java" "$work/url" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do [[ -s $work/url ]] && break; sleep 0.1; done
[[ -s $work/url ]] || { echo "proguard-check: FAILED: MockWebServer did not start" >&2; exit 1; }

# Only the shrunk jar on the classpath: every library class the app uses went through ProGuard.
java -cp "$work/shrunk.jar" App "$(cat "$work/url")" "$work/out" \
  || { echo "proguard-check: FAILED: the shrunk app did not work with the shipped rules" >&2; exit 1; }
echo "proguard-check: $(du -k "$work/shrunk.jar" | cut -f1) KiB shrunk from $(cat "$work"/app/cp.txt | tr : '\n' | xargs du -ck | tail -n 1 | cut -f1) KiB of jars"
