# noorm_js_bundle(target): bundles the npm libraries the template engine runs on QJSEngine
# (js/package.json, pinned by js/package-lock.json) with esbuild at build time, into
# ${CMAKE_BINARY_DIR}/js/bundles, and embeds them in `target` as Qt resources
# (:/noorm/js/<name>.js). Bundles are build outputs, never committed.
option(NOORM_JS_BUNDLE "Bundle the template engine's JavaScript libraries (needs node and npm)" ON)

function(noorm_js_bundle target)
  set(_src ${PROJECT_SOURCE_DIR}/js)
  set(_out ${CMAKE_BINARY_DIR}/js)
  if(NOT NOORM_JS_BUNDLE)
    # Prelude only: templates without data files, helpers or `await` still render.
    qt_add_resources(${target} noorm_js PREFIX /noorm/js BASE ${_src}/src FILES ${_src}/src/prelude.js
                     OUTPUT_TARGETS _resource_targets)
    set_property(GLOBAL APPEND PROPERTY NOORM_RESOURCE_TARGETS ${_resource_targets}) # installed with the SDK
    return()
  endif()
  find_program(NOORM_NODE node)
  find_program(NOORM_NPM npm)
  if(NOT NOORM_NODE OR NOT NOORM_NPM)
    message(FATAL_ERROR "noorm needs Node.js and npm at build time to bundle the template engine's JavaScript "
                        "libraries: install the Debian packages `nodejs` and `npm` (scripts/setup.sh does), "
                        "or configure with -DNOORM_JS_BUNDLE=OFF (templates lose data files, helpers and await).")
  endif()

  # Our own tree ${_out}: package files and entry sources copied in, so node_modules there resolves them.
  set(_stamp ${_out}/node_modules/.noorm-installed)
  add_custom_command(OUTPUT ${_stamp}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${_out}
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${_src}/package.json ${_src}/package-lock.json ${_out}/
    COMMAND ${NOORM_NPM} ci --ignore-scripts --no-audit --no-fund --loglevel=error --silent
    COMMAND ${CMAKE_COMMAND} -E touch ${_stamp}
    WORKING_DIRECTORY ${_out}
    DEPENDS ${_src}/package.json ${_src}/package-lock.json
    COMMENT "npm ci (template engine JavaScript libraries)"
    VERBATIM)

  # Qt 6.4's engine is about ES2016 (+ optional chaining): lower the rest, keep what it has.
  set(_lower --target=es2020 --supported:async-await=false --supported:object-rest-spread=false
    --supported:optional-catch-binding=false --supported:regexp-dot-all-flag=false
    --supported:regexp-named-capture-groups=false --supported:regexp-lookbehind-assertions=false
    --supported:class-field=false --supported:class-private-field=false --supported:class-private-method=false
    --supported:class-static-field=false --supported:class-private-static-field=false
    --supported:class-private-static-method=false --supported:class-static-blocks=false
    --supported:logical-assignment=false --supported:bigint=false --supported:regexp-unicode-property-escapes=false
    --supported:regexp-match-indices=false --supported:regexp-set-notation=false)
  set(_bundles)
  foreach(_name data lower sucrase)
    string(SUBSTRING ${_name} 0 1 _first)
    string(TOUPPER ${_first} _first)
    string(SUBSTRING ${_name} 1 -1 _rest)
    set(_bundle ${_out}/bundles/${_name}.js)
    add_custom_command(OUTPUT ${_bundle}
      COMMAND ${CMAKE_COMMAND} -E copy_if_different ${_src}/src/${_name}.js ${_out}/src/${_name}.js
      COMMAND ${_out}/node_modules/.bin/esbuild ${_out}/src/${_name}.js --bundle --format=iife
              --global-name=noorm${_first}${_rest} --platform=browser ${_lower} --minify --legal-comments=none
              --log-level=warning --outfile=${_bundle}
      WORKING_DIRECTORY ${_out}
      DEPENDS ${_stamp} ${_src}/src/${_name}.js
      COMMENT "esbuild js/src/${_name}.js"
      VERBATIM)
    list(APPEND _bundles ${_bundle})
  endforeach()
  add_custom_command(OUTPUT ${_out}/bundles/prelude.js
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${_src}/src/prelude.js ${_out}/bundles/prelude.js
    DEPENDS ${_src}/src/prelude.js VERBATIM)
  list(APPEND _bundles ${_out}/bundles/prelude.js)
  set_source_files_properties(${_bundles} PROPERTIES GENERATED TRUE)
  qt_add_resources(${target} noorm_js PREFIX /noorm/js BASE ${_out}/bundles FILES ${_bundles}
                   OUTPUT_TARGETS _resource_targets)
  set_property(GLOBAL APPEND PROPERTY NOORM_RESOURCE_TARGETS ${_resource_targets}) # installed with the SDK
endfunction()
