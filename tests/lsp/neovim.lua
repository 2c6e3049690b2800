-- Drives seo-check's language server from Neovim's own LSP client (0.7 and later), headless:
--   nvim --headless --clean -u NONE -c "luafile tests/lsp/neovim.lua"
-- (vim.lsp.start where there is one, 0.8 on; vim.lsp.start_client and buf_attach_client on 0.7,
-- Debian 12's.)
-- It opens SEO_LSP_FIXTURE, waits for diagnostics, edits the buffer, asks for hovers, highlights,
-- code lenses and code actions, applies two actions, and writes what it got, as JSON, to
-- SEO_LSP_OUT. tests/lsp-neovim.test.ts reads that file and checks it. Every wait has a timeout;
-- what timed out is written too, so that the test can say which step failed.

local out = {}
local function env(name)
  local v = os.getenv(name)
  assert(v ~= nil and v ~= '', name .. ' is not set')
  return v
end
local fixture, out_path = env('SEO_LSP_FIXTURE'), env('SEO_LSP_OUT')
local cmd = { env('SEO_LSP_NODE'), env('SEO_LSP_BIN'), 'lsp', '--stdio' }
local root = env('SEO_LSP_ROOT')
local TIMEOUT = 15000

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(out) }, out_path)
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(fixture))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'markdown'
  local uri = vim.uri_from_bufnr(buf)

  -- Every publication as the server sent it (LSP positions), besides Neovim's own store.
  local published = {}
  local handlers = {
    ['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
      if result.uri == uri then table.insert(published, result) end
      return vim.lsp.handlers['textDocument/publishDiagnostics'](e, result, ctx, config)
    end,
  }
  -- Neovim 0.7 has no window/showDocument handler: one that moves the cursor, as later ones do.
  if vim.lsp.handlers['window/showDocument'] == nil then
    handlers['window/showDocument'] = function(_, result)
      local s = result.selection.start
      local line = vim.api.nvim_buf_get_lines(buf, s.line, s.line + 1, false)[1] or ''
      vim.api.nvim_win_set_cursor(0, { s.line + 1, vim.str_byteindex(line, s.character, true) })
      return { success = true }
    end
  end
  local capabilities = vim.lsp.protocol.make_client_capabilities()
  capabilities.window = capabilities.window or {}
  capabilities.window.showDocument = { support = true }
  local config = {
    name = 'seo-check',
    cmd = cmd,
    root_dir = root,
    handlers = handlers,
    capabilities = capabilities,
    flags = { debounce_text_changes = 0 },
  }
  local client_id
  if vim.lsp.start ~= nil then
    client_id = vim.lsp.start(config, { bufnr = buf })
  else
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(buf, client_id)
  end
  out.nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch)

  local function wait_publication(after, accept)
    local got = vim.wait(TIMEOUT, function()
      for i = after + 1, #published do
        if accept == nil or accept(published[i]) then return true end
      end
      return false
    end, 10)
    if not got then error('timed out waiting for diagnostics after publication ' .. after) end
    for i = #published, after + 1, -1 do
      if accept == nil or accept(published[i]) then return published[i], i end
    end
  end
  local function has(p, code)
    for _, d in ipairs(p.diagnostics) do if d.code == code then return true end end
    return false
  end
  local function request(method, params)
    local responses = vim.lsp.buf_request_sync(buf, method, params, TIMEOUT)
    if responses == nil then error('no answer to ' .. method) end
    for _, r in pairs(responses) do
      if r.err ~= nil then error(method .. ': ' .. vim.inspect(r.err)) end
      return r.result
    end
  end
  local function at(line, character)
    return { textDocument = { uri = uri }, position = { line = line, character = character } }
  end
  local function range_params(line)
    return {
      textDocument = { uri = uri },
      range = { start = { line = line, character = 0 }, ['end'] = { line = line, character = 0 } },
      context = { diagnostics = {} },
    }
  end

  -- 1. Diagnostics on open, as sent and as Neovim stores them.
  local first, n = wait_publication(0)
  out.initial = first.diagnostics
  out.stored = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out.stored, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) })
  end

  -- 2. An edit: the H4 that skips levels becomes an H2.
  vim.api.nvim_buf_set_lines(buf, 11, 12, false, { '## Choosing the oil' })
  local edited
  edited, n = wait_publication(n, function(p) return not has(p, 'heading-increment') end)
  out.afterEdit = edited.diagnostics

  -- 3. Hovers, highlights, the code lens.
  out.hoverKeyphrase = request('textDocument/hover', at(19, 45))
  out.hoverDiagnostic = request('textDocument/hover', at(1, 3))
  out.hoverNothing = request('textDocument/hover', at(13, 5))
  out.highlights = request('textDocument/documentHighlight', at(6, 16))
  out.lenses = request('textDocument/codeLens', { textDocument = { uri = uri } })

  -- 4. Code actions on the image without alt text: the line one is applied.
  local actions = request('textDocument/codeAction', range_params(15))
  out.imageActions = {}
  local line_action
  for _, a in ipairs(actions) do
    table.insert(out.imageActions, a.title)
    if a.title == 'Disable image-alt for this line' then line_action = a end
  end
  if line_action == nil then error('no "Disable image-alt for this line" action') end
  vim.lsp.util.apply_workspace_edit(line_action.edit, 'utf-16')
  local silenced
  silenced, n = wait_publication(n, function(p) return not has(p, 'image-alt') end)
  out.afterLineAction = silenced.diagnostics
  out.linesAfterLineAction = vim.api.nvim_buf_get_lines(buf, 14, 17, false)

  -- 5. The title's action: its command selects the title's value (window/showDocument).
  actions = request('textDocument/codeAction', range_params(1))
  local go
  out.titleActions = {}
  for _, a in ipairs(actions) do
    table.insert(out.titleActions, a.title)
    if a.title == 'Go to the title in the front matter' then go = a end
  end
  if go == nil then error('no "Go to the title in the front matter" action') end
  vim.api.nvim_win_set_cursor(0, { 20, 0 })
  request('workspace/executeCommand', go.command)
  vim.wait(TIMEOUT, function() return vim.api.nvim_win_get_cursor(0)[1] == 2 end, 10)
  out.cursorAfterGo = vim.api.nvim_win_get_cursor(0)

  -- 6. The file action for keyphrase-density, which stands on line 1 (the front matter's fence):
  -- it turns the rule off in the front matter.
  actions = request('textDocument/codeAction', range_params(0))
  local off
  for _, a in ipairs(actions) do
    if a.title == 'Turn keyphrase-density off for this file (front matter)' then off = a end
  end
  if off == nil then error('no front-matter action for keyphrase-density') end
  vim.lsp.util.apply_workspace_edit(off.edit, 'utf-16')
  local turned_off
  turned_off, n = wait_publication(n, function(p) return not has(p, 'keyphrase-density') end)
  out.afterFileAction = turned_off.diagnostics
  out.linesAfterFileAction = vim.api.nvim_buf_get_lines(buf, 0, 8, false)
  out.publications = #published

  -- 7. Stopping the client ends the server.
  vim.lsp.stop_client(client_id)
  out.stopped = vim.wait(TIMEOUT, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end)
if not ok then out.error = tostring(err) end
finish()
