-- Neovim (0.7+, headless) as an LSP client of `styrmodell lsp --stdio`, for test-e2e/neovim.e2e.test.ts.
--
-- Opens the two files of the Kumla reference copy in STYR_WORKSPACE, waits for the diagnostics, asks for
-- a definition and a completion, breaks a reference and waits for the error, then writes everything as
-- JSON to STYR_OUT and quits. Every wait is bounded (STYR_TIMEOUT_MS each); on any failure the error goes
-- into the JSON and Neovim still quits. Uses only the 0.7 API (vim.lsp.start_client, buf_attach_client).

local workspace = assert(os.getenv('STYR_WORKSPACE'), 'STYR_WORKSPACE')
local out_path = assert(os.getenv('STYR_OUT'), 'STYR_OUT')
local node = assert(os.getenv('STYR_NODE'), 'STYR_NODE')
local bin = assert(os.getenv('STYR_BIN'), 'STYR_BIN')
local timeout = tonumber(os.getenv('STYR_TIMEOUT_MS') or '30000')

local result = { steps = {}, diagnostics = {}, nvim = vim.version() }
local function step(name) table.insert(result.steps, name) end

-- Diagnostics as published, by file path (URIs decoded: clients and servers may escape differently).
local published = {}
-- How many times each path's diagnostics were published, to tell fresh results from stale ones.
local publications = {}
local last_publication = 0

local function path_of(uri) return vim.uri_to_fname(uri) end

local function write_result()
  local file = assert(io.open(out_path, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
end

local function count(path) return publications[path] or 0 end

local function has_diagnostic(path, predicate)
  for _, d in ipairs(published[path] or {}) do
    if predicate(d) then return true end
  end
  return false
end

local function wait(what, condition)
  if not vim.wait(timeout, condition, 50) then
    error('timed out after ' .. timeout .. ' ms waiting for ' .. what, 0)
  end
end

local function find_line(bufnr, needle)
  for index, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if line:find(needle, 1, true) then return index - 1, line end
  end
  error('"' .. needle .. '" is not in buffer ' .. bufnr, 0)
end

local function summarise(diagnostics)
  local list = {}
  for _, d in ipairs(diagnostics or {}) do
    table.insert(list, { line = d.range.start.line, character = d.range.start.character, severity = d.severity, code = d.code, message = d.message })
  end
  return list
end

-- UTF-16 offset (LSP's default) of a byte index in a line (str_utfindex returns UTF-32 first, UTF-16 second).
local function utf16_index(text, byte)
  local _, utf16 = vim.str_utfindex(text, byte)
  return utf16
end

-- Codes and lines of a file's diagnostics as one string, to compare publications.
local function signature(path)
  local parts = {}
  for _, d in ipairs(published[path] or {}) do table.insert(parts, tostring(d.code) .. '@' .. d.range.start.line) end
  table.sort(parts)
  return table.concat(parts, ',')
end

local function request(bufnr, method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, timeout)
  if not responses then error(method .. ': ' .. tostring(err), 0) end
  for _, response in pairs(responses) do
    if response.err then error(method .. ': ' .. vim.inspect(response.err), 0) end
    return response.result
  end
  return nil
end

local function run()
  local client_id = vim.lsp.start_client({
    name = 'styrmodell',
    cmd = { node, bin, 'lsp', '--stdio' },
    root_dir = workspace,
    workspace_folders = { { uri = vim.uri_from_fname(workspace), name = 'kumla' } },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
        if params then
          local path = path_of(params.uri)
          published[path] = params.diagnostics
          publications[path] = (publications[path] or 0) + 1
          last_publication = vim.loop.now()
        end
        return vim.lsp.handlers['textDocument/publishDiagnostics'](err, params, ctx, config)
      end,
    },
  })
  assert(client_id, 'the language server did not start')
  step('started')
  wait('the server to initialise', function()
    local client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized == true
  end)
  step('initialised')

  local buffers = {}
  for _, name in ipairs({ 'styrmodell.styr', 'nämnderna.styr' }) do
    local path = workspace .. '/' .. name
    local bufnr = vim.fn.bufadd(path)
    vim.fn.bufload(bufnr)
    vim.bo[bufnr].buflisted = true
    vim.bo[bufnr].filetype = 'styrmodell'
    assert(vim.lsp.buf_attach_client(bufnr, client_id), 'could not attach to ' .. name)
    buffers[name] = { bufnr = bufnr, path = path }
  end
  local main, committees = buffers['styrmodell.styr'], buffers['nämnderna.styr']
  step('opened')

  -- Both files published, then quiet for a second: the workspace build and the didOpen builds are done.
  wait('diagnostics for both files', function()
    return count(main.path) > 0 and count(committees.path) > 0 and vim.loop.now() - last_publication > 1000
  end)
  result.diagnostics.initial = { main = summarise(published[main.path]), committees = summarise(published[committees.path]) }
  local initial = signature(committees.path)
  step('diagnostics')

  -- Definition: from inside the name in `bidrar till ServiceTillgänglighet` to the KF goal.
  local line, line_text = find_line(committees.bufnr, 'bidrar till ServiceTillgänglighet')
  local target = { line = line, character = utf16_index(line_text, line_text:find('ServiceTillgänglighet', 1, true) + 2) }
  local definition = request(committees.bufnr, 'textDocument/definition', {
    textDocument = { uri = vim.uri_from_bufnr(committees.bufnr) }, position = target,
  })
  if definition and definition.uri then definition = { definition } end
  result.definition = { from = target, targets = {} }
  for _, location in ipairs(definition or {}) do
    local uri = location.targetUri or location.uri
    local range = location.targetSelectionRange or location.range
    table.insert(result.definition.targets, { path = path_of(uri), line = range.start.line, character = range.start.character })
  end
  step('definition')

  -- Completion right after `bidrar till ` in a committee goal (the KF goal's name removed).
  vim.api.nvim_buf_set_lines(committees.bufnr, line, line + 1, false, { '    bidrar till ' })
  local completion = request(committees.bufnr, 'textDocument/completion', {
    textDocument = { uri = vim.uri_from_bufnr(committees.bufnr) },
    position = { line = line, character = #'    bidrar till ' },
    context = { triggerKind = 1 },
  })
  local items = completion and (completion.items or completion) or {}
  result.completion = { line = line, labels = {}, kinds = {} }
  for _, item in ipairs(items) do
    table.insert(result.completion.labels, item.label)
    result.completion.kinds[item.label] = item.kind
  end
  vim.api.nvim_buf_set_lines(committees.bufnr, line, line + 1, false, { line_text })
  step('completion')

  -- Diagnostics after the restore: the server must be back to what it published first.
  local before = count(committees.path)
  wait('the first diagnostics again after restoring the line', function()
    return count(committees.path) > before and signature(committees.path) == initial
  end)
  step('restored')

  -- A broken reference: an error at that line, while typing (the buffer is never saved).
  local broken_line, broken_text = find_line(committees.bufnr, 'bidrar till DemokratiDialog')
  before = count(committees.path)
  vim.api.nvim_buf_set_lines(committees.bufnr, broken_line, broken_line + 1, false, { broken_text .. 'X' })
  wait('an error at line ' .. broken_line .. ' after breaking a reference', function()
    return count(committees.path) > before and has_diagnostic(committees.path, function(d)
      return d.severity == 1 and d.range.start.line == broken_line
    end)
  end)
  result.diagnostics.broken = { line = broken_line, committees = summarise(published[committees.path]) }
  step('broken')

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
  step('stopped')
end

local ok, err = xpcall(run, debug.traceback)
if not ok then
  result.error = tostring(err)
  result.last_diagnostics = {}
  for path, diagnostics in pairs(published) do result.last_diagnostics[path] = summarise(diagnostics) end
end
local written, write_err = pcall(write_result)
if not written then io.stderr:write('could not write ' .. out_path .. ': ' .. tostring(write_err) .. '\n') end
vim.cmd(ok and 'qa!' or 'cq!')
