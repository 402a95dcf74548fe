-- Drives rogatory-language-server --stdio from Neovim's own LSP client (Neovim 0.7 API:
-- vim.lsp.start_client, no vim.lsp.start), as a user's editor would, and writes what the
-- editor received as JSON for test/lsp/neovim-client.test.ts to check.
--
--   nvim --headless --clean -n -i NONE -c 'luafile test/lsp/neovim/harness.lua'
--
-- Environment:
--   ROGATORY_NODE       the Node binary to run the server with (Node >= 22: Langium needs it)
--   ROGATORY_SERVER     packages/language/bin/server.js
--   ROGATORY_WORKSPACE  the workspace folder (the server loads every .rog file in it)
--   ROGATORY_FILE       the file to open, in the workspace
--   ROGATORY_RESULT     where to write the JSON result
--   ROGATORY_COMPLETE_AT / ROGATORY_HOVER_AT  "line:character" (0-based, LSP positions)

local env = vim.env
local result = { nvim = tostring(vim.version().major .. '.' .. vim.version().minor .. '.' .. vim.version().patch) }

local function write_result()
  local file = assert(io.open(env.ROGATORY_RESULT, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
end

local function position(spec)
  local line, character = spec:match('^(%d+):(%d+)$')
  return { line = tonumber(line), character = tonumber(character) }
end

-- The one answer of our client to a request sent with buf_request_sync.
local function request(bufnr, method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, 20000)
  if not responses then error(method .. ': ' .. tostring(err)) end
  for _, response in pairs(responses) do
    if response.error then error(method .. ': ' .. vim.inspect(response.error)) end
    return response.result
  end
  error(method .. ': no response')
end

local function run()
  vim.lsp.set_log_level('ERROR')
  local exited = false
  local client_id = vim.lsp.start_client({
    name = 'rogatory',
    cmd = { env.ROGATORY_NODE, env.ROGATORY_SERVER, '--stdio' },
    root_dir = env.ROGATORY_WORKSPACE,
    get_language_id = function() return 'rogatory' end,
    on_exit = function(code)
      exited = true
      result.exit_code = code
    end,
  })
  if not client_id then error('vim.lsp.start_client failed') end

  vim.cmd('edit ' .. vim.fn.fnameescape(env.ROGATORY_FILE))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'rogatory'
  if not vim.lsp.buf_attach_client(bufnr, client_id) then error('vim.lsp.buf_attach_client failed') end

  local client = vim.lsp.get_client_by_id(client_id)
  if not vim.wait(20000, function() return client.initialized end, 50) then error('the server did not initialize') end
  result.server_capabilities = {
    completion = client.server_capabilities.completionProvider ~= nil,
    hover = client.server_capabilities.hoverProvider == true or type(client.server_capabilities.hoverProvider) == 'table',
    rename = client.server_capabilities.renameProvider ~= nil,
  }

  -- Diagnostics arrive with publishDiagnostics once the workspace is built and the file validated.
  local function diagnostics() return vim.diagnostic.get(bufnr) end
  vim.wait(30000, function()
    for _, d in ipairs(diagnostics()) do
      if d.code == 'unknown-provision' then return true end
    end
    return false
  end, 50)
  result.diagnostics = {}
  for _, d in ipairs(diagnostics()) do
    table.insert(result.diagnostics, { code = d.code, line = d.lnum, col = d.col, message = d.message, severity = d.severity })
  end

  local uri = vim.uri_from_bufnr(bufnr)
  local completion = request(bufnr, 'textDocument/completion', { textDocument = { uri = uri }, position = position(env.ROGATORY_COMPLETE_AT) })
  local items = completion and (completion.items or completion) or {}
  result.completion = {}
  for _, item in ipairs(items) do
    table.insert(result.completion, { label = item.label, detail = item.detail })
  end

  local hover = request(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = position(env.ROGATORY_HOVER_AT) })
  result.hover = hover and hover.contents and (hover.contents.value or hover.contents) or vim.NIL

  -- Shut down as the editor does on :quit (shutdown request, exit notification).
  vim.lsp.stop_client(client_id)
  result.stopped = vim.wait(10000, function() return exited end, 50)
end

local ok, err = pcall(run)
if not ok then result.error = tostring(err) end
write_result()
vim.cmd(ok and 'qa!' or 'cquit 1')
