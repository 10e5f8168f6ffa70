@echo off
rem cop: runs the cop command-line tool from this checkout, such as "cop demo".
rem On first use it builds the tool's distribution (cop-examples\target\cop) with the Maven wrapper,
rem tests skipped; run "mvnw -B -DskipTests package" again yourself after changing a source.
setlocal
set "HERE=%~dp0"
if not exist "%HERE%cop-examples\target\cop\bin\cop.cmd" (
  echo cop: building the tool first ^(mvnw -B -q -DskipTests package^); this takes a few minutes once. 1>&2
  pushd "%HERE%" & call mvnw.cmd -B -q -DskipTests package 1>&2 & popd
  if not exist "%HERE%cop-examples\target\cop\bin\cop.cmd" (
    echo cop: the build failed ^(see above^); nothing was run. 1>&2
    exit /b 2
  )
)
call "%HERE%cop-examples\target\cop\bin\cop.cmd" %*
exit /b %ERRORLEVEL%
