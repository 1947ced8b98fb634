#!/usr/bin/env bash
# Kotlin sees the jar's nullness: scripts/lib/kotlin-check/Seed.kt assigns an optional field
# (VoiceDesignRequest.seed()) to a non-null Int, and Kotlin 2.1 (kotlin-compiler-embeddable from
# Maven Central) must reject it with a type mismatch, because the accessor carries JSpecify @Nullable.
# On its own: `mvn package -DskipTests && scripts/lib/kotlin-check.sh`.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
work=target/kotlin-check
kotlin_version=2.1.0
rm -rf "$work" && mkdir -p "$work/tool" "$work/out"

jar=$root/$(ls target/fish-audio-client-*.jar | grep -v -e '-sources' -e '-javadoc' | head -n 1)
mvn -B -q -Dstyle.color=never dependency:build-classpath -DincludeScope=compile \
  -Dmdep.outputFile="$root/$work/library.classpath" >/dev/null
cat > "$work/tool/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId><artifactId>kotlin-tool</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.jetbrains.kotlin</groupId><artifactId>kotlin-compiler-embeddable</artifactId><version>$kotlin_version</version></dependency>
  </dependencies>
  <build><plugins><plugin><artifactId>maven-dependency-plugin</artifactId><version>3.9.0</version></plugin></plugins></build>
</project>
POM
(cd "$work/tool" && mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=kotlinc.classpath >/dev/null)
kotlinc=$(cat "$work/tool/kotlinc.classpath")
stdlib=$(tr ':' '\n' <<< "$kotlinc" | grep "/kotlin-stdlib-$kotlin_version.jar$")

# Compile with the library's compile classpath (jspecify included, as a consumer's IDE sees it).
if java -cp "$kotlinc" org.jetbrains.kotlin.cli.jvm.K2JVMCompiler -no-stdlib -no-reflect \
    -cp "$jar:$(cat "$work/library.classpath"):$stdlib" -d "$work/out" scripts/lib/kotlin-check/Seed.kt \
    > "$work/kotlinc.log" 2>&1; then
  echo "kotlin-check: FAILED: Kotlin $kotlin_version accepted 'val seed: Int = request.seed()'; seed() is not @Nullable" >&2
  exit 1
fi
if ! grep -q "mismatch" "$work/kotlinc.log"; then
  cat "$work/kotlinc.log"; echo "kotlin-check: FAILED: the compiler failed for another reason (above)" >&2; exit 1
fi
grep "error:" "$work/kotlinc.log"
echo "kotlin-check: Kotlin $kotlin_version rejects a non-null Int from the optional seed() (JSpecify @Nullable)"
